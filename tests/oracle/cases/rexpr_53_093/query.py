from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(ts + INTERVAL '90' MINUTE)")).withColumn("c2", expr("format_number((5 * i), 2)")).withColumn("c3", (F.locate("l", col("ts").cast("string")) - lit(5))).withColumn("c4", F.to_date(col("t"))).withColumn("c5", expr("'2024-02-29'")).withColumn("c6", F.try_to_date(col("s"))).select("id", "c1", "c2", "c3", "c4", "c5", "c6").where("(s IS NOT NULL)")
OUTPUT_MODE = "append"
