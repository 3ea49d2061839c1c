from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), ts TIMESTAMP, i INT, j INT, m DECIMAL(10,2), dt DATE, s STRING, d DOUBLE, b BOOLEAN").json(INPUT)
result = df.selectExpr("(CASE (j > -1) WHEN true THEN d WHEN true THEN 2.0D ELSE 0.1D END = id) AS c1", "('-1' * CAST(locate('l', trim(s)) AS DOUBLE)) AS c2", "(CAST(extract(DAY FROM (DATE'2023-12-31' - date_sub(dt, i))) AS INT) / nullif(CASE WHEN (s < ' ') THEN d WHEN (s IS NULL) THEN d WHEN (s < ' ') THEN 0.5D ELSE CAST(NULL AS DOUBLE) END, 0)) AS c3", "bround(d, 0) AS c4").where("(((c2 IS NOT NULL) AND c1) OR (NOT c1))")
OUTPUT_MODE = "append"
