spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, s STRING, m DECIMAL(10,2), dt DATE, d DOUBLE, ts TIMESTAMP, b BOOLEAN").load(INPUT)
result = df.select("id", expr("inline(array(named_struct('x', positive(datepart('DAYOFWEEK', dt)), 'y', CASE WHEN b THEN s WHEN (d IS NOT NULL) THEN s WHEN b THEN s ELSE 'abc' END), named_struct('x', 2, 'y', 'b')))"), expr("sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH)").alias("c2"), expr("sequence(CASE WHEN b THEN TRY_CAST(s AS DATE) WHEN is_valid_utf8(try_parse_url(s, 'HOST')) THEN trunc(dt, 'YEAR') WHEN contains(s, 'a') THEN dt ELSE add_months(dt, i) END, date_add(CASE WHEN b THEN TRY_CAST(s AS DATE) WHEN is_valid_utf8(try_parse_url(s, 'HOST')) THEN trunc(dt, 'YEAR') WHEN contains(s, 'a') THEN dt ELSE add_months(dt, i) END, 2)) AS c3"), expr("is_valid_utf8(unhex('C328'))").alias("c4"), expr("from_csv(s, 'a INT, b STRING, c DOUBLE')").alias("c5"), expr("timestamp_add('HOUR', CAST(b AS INT), ts)").alias("c6")).filter((col("i").between(lit(1), lit(0)) | (col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00")))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
