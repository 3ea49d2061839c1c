from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, b BOOLEAN, i INT, j INT, s STRING, dt DATE, m DECIMAL(18,6), t STRING, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') + INTERVAL '1-2' YEAR TO MONTH) AS c1", "nvl2(date_trunc('yyyy', ts), s, 'x-y') AS c2")
OUTPUT_MODE = "append"
