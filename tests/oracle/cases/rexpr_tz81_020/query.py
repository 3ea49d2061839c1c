spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, s STRING, j INT, t STRING, m DECIMAL(18,6), d DOUBLE, b BOOLEAN, ts TIMESTAMP, dt DATE").load(INPUT)
result = df.where("(contains(lpad(CASE WHEN b THEN t WHEN b THEN '2024-02-29' WHEN b THEN s ELSE 'Hello' END, 6, '*'), 'a') OR (TIMESTAMP'2024-03-01 12:30:00.123456' IS NULL))").select("id", F.format_number(col("i"), 3).alias("c1"), F.isnan(col("d")).alias("c2")).filter((col("b") | col("dt").isNull()))
OUTPUT_MODE = "append"
