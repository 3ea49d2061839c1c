from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "ifnull(b, true) AS c1", "(f > n) AS c2", "greatest(f, bround(0.5D, -1), d) AS c3", "format_string('%e', CAST((id IS NOT NULL) AS DOUBLE)) AS c4", "CASE WHEN ((t IS NOT NULL) OR ('2024-02-29' LIKE '%o%')) THEN (n + n) ELSE CASE abs(0) WHEN 3 THEN CASE WHEN b THEN m WHEN b THEN n WHEN b THEN 12.345 ELSE n END WHEN -1 THEN (0.001 * n) END END AS c5")
OUTPUT_MODE = "append"
