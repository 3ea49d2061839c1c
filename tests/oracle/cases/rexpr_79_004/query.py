from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "lpad(repeat(regexp_replace(rpad(s, 8, '*'), ' +', '_'), 0), 6, ' ') AS c1", "(TRY_CAST('abc' AS TIMESTAMP) IS NULL) AS c2", "bround((ceil(m) - d), 3) AS c3", "element_at(split(s, ' '), 3) AS c4", "bround(CASE WHEN (ts IS NULL) THEN m WHEN (m IN (12.345, 100BD)) THEN 99.99 WHEN (dt = to_date('2000-01-01')) THEN m ELSE m END, -1) AS c5").where((F.isnull(col("dt")) | (col("dt") > F.to_date(lit("2025-03-01")))))
OUTPUT_MODE = "append"
