from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce((NOT b), false))").withColumn("c1", (col("f") * col("id"))).withColumn("c2", expr("(0 * id)")).withColumn("c3", expr("(NOT (dt IS NOT NULL))")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
