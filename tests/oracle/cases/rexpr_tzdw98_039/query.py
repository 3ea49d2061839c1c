spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("b") | (col("ts") > F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).select("id", (~col("b")).cast("string").ilike("%é%").alias("c1"), expr("CASE WHEN (ts <> TIMESTAMP'2024-03-01 12:30:00.123456') THEN id WHEN b THEN 0L WHEN (s < ' ') THEN id ELSE id END").alias("c2"), expr("abs(log10(abs((i * 5)) + 1)) AS c3")).where("(regexp_like(split_part('a', ',', -1), 'o$') OR c1)")
OUTPUT_MODE = "append"
