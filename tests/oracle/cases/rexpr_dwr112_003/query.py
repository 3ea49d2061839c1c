from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.nullif(col("id"), lit(1).cast("bigint")).eqNullSafe(F.regexp_instr(F.schema_of_csv(lit('1,abc,2.5,true')), lit('[aeiou]'))) | (col("i") >= lit(0)))).selectExpr("id", "from_csv(concat_ws(';', i, monthname(nullif(to_timestamp_ltz(CAST(to_date('2023-12-31') AS STRING)), TIMESTAMP'2024-02-29 00:00:00'))), 'x INT, y STRING', map('sep', ';')) AS c1", "map_from_arrays(array(1, 1), array(s, s)) AS c2", "regexp_extract_all(CASE WHEN (j <= -1) THEN t WHEN (m IS NOT NULL) THEN t END, '([a-z])([a-z]+)', 2) AS c3", "CASE WHEN true THEN ts WHEN (s = '') THEN ts ELSE ts END AS c4").filter("(NOT coalesce(((i > 3) OR true), false))")
OUTPUT_MODE = "append"
