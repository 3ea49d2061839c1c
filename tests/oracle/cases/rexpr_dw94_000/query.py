from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE i WHEN 3 THEN dt ELSE dt END AS c1", "(b <= (NOT b)) AS c2", "CAST((k >= d) AS DECIMAL(5,1)) AS c3", "make_timestamp(year(TRY_CAST(s AS DATE)), month(TRY_CAST(s AS DATE)), dayofmonth(TRY_CAST(s AS DATE)), 0, 0, 59.999999) AS c4", "(sqrt(d) / nullif(d, 0)) AS c5")
OUTPUT_MODE = "append"
