spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "url_decode(concat(s, '%zz')) AS c1", "(NOT is_valid_utf8(unhex('C328'))) AS c2", "nullif(date_trunc('WEEK', ts), TIMESTAMP'1999-12-31 23:59:59.999')", "sequence(5, abs(i) % 5, -2)", "explode_outer(split(date_format(ts, 'HH:mm:ss'), ' '))", "shiftrightunsigned(CAST(unix_date(make_date(2024, 1, 1)) + i AS BIGINT), 1) AS c6", "str_to_map(CAST(timestamp_add('MONTH', timestampdiff(HOUR, ts, ts), nvl(to_date('2025-03-01'), to_date('2024-02-29'))) AS STRING), ' ', 'l') AS c7").filter(((col("dt") > F.to_date(lit("2024-02-29"))) | col("dt").isNull()))
OUTPUT_MODE = "append"
