from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, m DECIMAL(10,2), ts TIMESTAMP, i INT, s STRING, d DOUBLE").load(INPUT)
result = df.selectExpr("id", "dayofmonth(trunc(greatest(dt, trunc(dt, 'MM'), dt), 'yy')) AS c1", "concat('é', s) AS c2").filter("(startswith(s, ' ') OR (i IS NOT NULL))")
OUTPUT_MODE = "append"
