from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "get(split(right(s, 1), ' '), 0) AS c1", "TRY_CAST(greatest('o', s, CAST(dt AS STRING)) AS DECIMAL(38,18)) AS c2", "least(to_date(date_format(CASE (id IS NULL) WHEN false THEN dt WHEN true THEN dt END, 'yyyy-MM-dd'), 'yyyy-MM-dd'), CASE WHEN b THEN dt WHEN b THEN to_date('2023-12-31') ELSE dt END) AS c3", "least(ts, ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c4")
OUTPUT_MODE = "append"
