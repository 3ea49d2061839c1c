from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, i INT, ts TIMESTAMP, s STRING, b BOOLEAN, m DECIMAL(10,2)").load(INPUT)
result = df.withColumn("c1", expr("CAST(i AS BIGINT)")).withColumn("c2", expr("s")).withColumn("c3", F.aggregate(F.split(col("c2"), " "), lit(0), lambda acc, x: acc + F.length(x))).select("id", "c1", "c2", "c3").filter("((NOT exists(split(s, ' '), x -> x = 'Hello')) OR (s < '42'))")
OUTPUT_MODE = "append"
