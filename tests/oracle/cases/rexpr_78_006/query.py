from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, b BOOLEAN, m DECIMAL(12,4), d DOUBLE, n DECIMAL(5,3), f FLOAT, dt DATE, ts TIMESTAMP, s STRING").json(INPUT)
result = df.selectExpr("id", "ceil(d) AS c1", "date_sub(dt, i) AS c2", "(nvl2(f, n, 1.25) / nullif(CASE WHEN (n BETWEEN 0.001 AND -3.10) THEN octet_length('é') WHEN b THEN i WHEN b THEN TRY_CAST(n AS INT) ELSE i END, 0)) AS c3").filter("coalesce(((c2 IS NOT NULL) = (id = 1000L)), true)")
OUTPUT_MODE = "append"
