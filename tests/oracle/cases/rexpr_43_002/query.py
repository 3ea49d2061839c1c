from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, f FLOAT, d DOUBLE, i INT, s STRING, m DECIMAL(7,0), ts TIMESTAMP, dt DATE").json(INPUT)
result = df.where((col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999")))).select(expr("to_date(TIMESTAMP'2024-03-01 12:30:00.123456') AS c1"), F.when((col("m") != lit(3.75)), col("id")).when((col("dt") <= F.to_date(lit("2000-01-01"))), col("id")).otherwise(F.pmod(col("id"), F.nullif(col("i"), lit(0)))).isNull().alias("c2"), F.octet_length(col("s")).alias("c3"), expr("TRY_CAST(CASE WHEN contains(s, '') THEN m WHEN (dt >= to_date('2000-01-01')) THEN abs(m) WHEN ((dt IS NOT NULL) AND (s = 'é')) THEN (m - m) ELSE (m * i) END AS BIGINT) AS c4"), F.date_add(col("dt"), col("i")).alias("c5"))
OUTPUT_MODE = "append"
