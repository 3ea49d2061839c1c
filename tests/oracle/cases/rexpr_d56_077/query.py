from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("id") % col("i")).alias("c1"), F.exp(lit(.5).cast("decimal(2,1)")).alias("c2"), expr("date_trunc('yyyy', ts)").alias("c3"), (col("d") + (col("m") / expr("10.5"))).alias("c4"), (F.when((~col("m").isNotNull()), col("n")).when((col("s") > lit("é")), col("m")).when((col("m") == expr("0.001")), col("m")).otherwise(col("n")) + (col("i") * col("m"))).alias("c5"), expr("nullif((date_trunc('DAY', ts) + INTERVAL '1 02:03:04.000005' DAY TO SECOND), TIMESTAMP'2024-03-01 12:30:00.123456') AS c6")).where("(m <> 100BD)")
OUTPUT_MODE = "append"
