from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, s STRING, k BIGINT, i INT, b BOOLEAN, ts TIMESTAMP, m DECIMAL(7,0), f FLOAT, d DOUBLE").load(INPUT)
result = df.where("((i != 10) OR (dt IS NULL))").groupBy("b").agg(F.datediff(F.max(F.date_add((col("dt") + expr("INTERVAL -10 DAYS")), lit(-1))), F.min(F.date_add((col("dt") + expr("INTERVAL -10 DAYS")), lit(-1)))).alias("a1"), expr("round(avg(ceiling((i - m), 1)), 2) AS a2"), expr("max(m) AS a3"), F.round(F.avg(col("i")), 3).alias("a4"))
OUTPUT_MODE = "complete"
