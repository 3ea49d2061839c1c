from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(endswith(s, 'a') OR (k = 0L))").selectExpr("element_at(split(s, ' '), 3) AS c1", "last_day(nullif(dt, DATE'2000-01-01')) AS c2", "(id % 2) AS c3")
OUTPUT_MODE = "append"
