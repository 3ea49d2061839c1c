from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "s", "(i / nullif(d, 0)) AS c1", "locate(' ', format_number(m, 2), 2)", "length(regexp_extract('', '([0-9]+)', 1)) AS c3", "CASE j WHEN 3 THEN TIMESTAMP'2024-02-29 00:00:00' WHEN 10 THEN TIMESTAMP'2024-02-29 00:00:00' ELSE CASE b WHEN true THEN ts WHEN false THEN CAST(NULL AS TIMESTAMP) END END AS c4")
OUTPUT_MODE = "append"
