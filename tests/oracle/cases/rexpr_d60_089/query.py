from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, f FLOAT, n DECIMAL(5,3), d DOUBLE, ts TIMESTAMP, i INT, k BIGINT, j INT, m DECIMAL(10,2), dt DATE").load(INPUT)
result = df.selectExpr("id", "ceil(CASE WHEN abs(try_divide(CASE WHEN false THEN d WHEN (ts IS NOT NULL) THEN f WHEN ('a' <= s) THEN (d / nullif(j, 0)) ELSE if((k > 0L), d, d) END, 1e300D)) < 1e9D THEN try_divide(CASE WHEN false THEN d WHEN (ts IS NOT NULL) THEN f WHEN ('a' <= s) THEN (d / nullif(j, 0)) ELSE if((k > 0L), d, d) END, 1e300D) END) AS c1", "(CASE WHEN (s > 'o') THEN n WHEN (i <> 10) THEN n WHEN (m = 12.345) THEN m ELSE m END / 3.5) AS c2").filter("(j <> 10)")
OUTPUT_MODE = "append"
