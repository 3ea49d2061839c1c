spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, n DECIMAL(4,1), j INT, t STRING, dt DATE, m DECIMAL(12,4), i INT, s STRING, b BOOLEAN, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce((m > n), false))").select("id", (expr("convert_timezone('America/Los_Angeles', 'UTC', nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'))") - expr("INTERVAL 1 MONTH")).alias("c1"), F.nullif(lit(86400).cast("bigint"), lit(0).cast("bigint")).alias("c2"), F.date_add(F.to_date(F.date_format(col("dt"), "yyyyMMdd"), "yyyyMMdd"), col("i")).alias("c3")).where((((col("c3") != F.to_date(lit("2023-12-31"))) & col("c3").isNotNull()) | (col("c1") == F.to_timestamp(lit("1999-12-31 23:59:59.999")))))
OUTPUT_MODE = "append"
