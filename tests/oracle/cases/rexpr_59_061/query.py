from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(nullif(locate('o', s, 1), 10) + nullif((-1 - least(i, i)), 2)) AS c1", "date_add(date_add(trunc(dt, 'YEAR'), i), i) AS c2")
OUTPUT_MODE = "append"
