from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, ts TIMESTAMP, i INT, m DECIMAL(10,2), d DOUBLE, dt DATE, f FLOAT, k BIGINT, b BOOLEAN").json(INPUT)
result = df.where("(i >= 10)").selectExpr("id", "regexp_instr(regexp_substr(date_format(add_months(dt, 3), 'dd.MM.yy'), 'o.'), '([a-z])([a-z])', 2) AS c1", "((nullif(to_timestamp_ltz(CAST(dt AS STRING)), TIMESTAMP'2024-02-29 00:00:00') - INTERVAL 36 HOURS) + INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c2", "explode_outer(split(CAST(binary(to_char(encode(s, 'utf-8'), 'hex')) AS STRING), ' '))", "from_json(coalesce(s, 'a'), 'a INT, b ARRAY<STRING>') AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c4, c2 FROM rexpr_q ORDER BY id"]
