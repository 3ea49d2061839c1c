from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CAST(((m < months_between(ts, ts)) IS NOT NULL) AS STRING) AS c1", "sentences('Hello there. How are you? ' || rtrim(CAST(convert_timezone('UTC', 'Asia/Kolkata', to_timestamp_ntz(date_format(try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0), 'yyyy-MM-dd HH:mm'))) AS STRING)), 'en', 'US') AS c2", "xpath('<a><b>x</b><b>' || i || '</b></a>', 'a/b/text()') AS c3", "(NOT (m > 12.345)) AS c4").filter((col("dt") == F.to_date(lit("2024-02-29"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
