spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((~F.coalesce(F.is_valid_utf8(F.validate_utf8(col("s"))), lit(False)))).select("id", F.when(F.when((col("n") == lit(100).cast("decimal(3,0)")), (col("id") != lit(3).cast("bigint"))).when((col("dt") == col("ts")), col("b")).otherwise(expr("(s COLLATE UTF8_BINARY = 'Hello World')")), expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]")).otherwise(col("dt")).alias("c1"), expr("to_binary(regexp_extract(s, '(.)(.)', 0), 'utf-8')"), (expr("CAST(to_timestamp_ntz(date_format(ts, 'yyyy-MM-dd HH:mm:ss')) AS STRING)") > col("s")).alias("c3"), expr("parse_url(concat('http://a b/', s), 'HOST')").alias("c4"), expr("add_months(date_sub(to_date('2000-01-01'), i), i) AS c5"), F.months_between(F.make_date(lit(2023), lit(12), lit(28)), F.date_add(col("dt"), col("i")), False).alias("c6"))
OUTPUT_MODE = "append"
