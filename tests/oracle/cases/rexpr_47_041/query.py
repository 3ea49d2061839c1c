from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("d") >= lit(-1.5))).selectExpr("id", "replace(regexp_replace(s, '[aeiou]', '*'), 'o', '0') AS c1", "format_number((1.25 - least(m, m, m)), 2) AS c2", "CAST(b AS DECIMAL(5,1)) AS c3", "lcase(string(CASE WHEN b THEN i ELSE i END)) AS c4", "nullif(DATE'2023-12-31', to_date('2024-02-29')) AS c5").filter("(NOT coalesce((t RLIKE '^[A-Z]'), false))")
OUTPUT_MODE = "append"
