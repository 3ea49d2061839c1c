from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(i = 5)").selectExpr("id", "CAST(3 AS TIMESTAMP) AS c1", "add_months(dt, i)", "(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') - INTERVAL 1 MONTH) AS c3")
OUTPUT_MODE = "append"
