from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(ts IS NULL)", "dateadd(dt, i) AS c2", "CAST(CASE WHEN b THEN i WHEN b THEN i ELSE i END AS BIGINT) AS c3", "rtrim(substr(regexp_extract(t, '([A-Za-z]+) ([A-Za-z]+)', 2), 2, 0)) AS c4", "CASE WHEN b THEN i WHEN (m <> 99.99) THEN i ELSE 10 END AS c5")
OUTPUT_MODE = "append"
