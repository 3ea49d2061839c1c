from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "least(7, i)", "lower(nullif(s, 'x-y')) AS c2", "(CASE WHEN (dt = to_date('2000-01-01')) THEN t WHEN (n IS NOT NULL) THEN date_format(dt, 'a h:mm') ELSE base64(t) END != t) AS c3")
OUTPUT_MODE = "append"
