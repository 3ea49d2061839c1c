from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.ifnull(expr("1.25"), expr("12.345"))).withColumn("b", expr("((id = i) AND (try_subtract(0.5D, d) IS NOT NULL))")).select("id", "c1").where("(id >= 86400L)")
OUTPUT_MODE = "append"
