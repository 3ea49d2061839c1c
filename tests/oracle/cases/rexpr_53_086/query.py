from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(col("i").isNotNull()).withColumn("j", expr("(10 * (3 * second(ts)))")).withColumn("m", F.round(col("n"), 3)).withColumn("c3", expr("((t > 'abc') OR (NOT b))")).select("id", "c3").where((col("s") < lit("Hello")))
OUTPUT_MODE = "append"
