from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, b BOOLEAN, dt DATE, t STRING, ts TIMESTAMP, s STRING, m DECIMAL(10,2), i INT").json(INPUT)
result = df.where("(dt IS NOT NULL)").selectExpr("id", "next_day(date_add(dt, i), 'SUN') AS c1", "(id % nullif(i, 0)) AS c2", "concat(s, CAST((m + 100BD) AS STRING), CAST(dt AS STRING)) AS c3", "(round(m, 2) - m) AS c4").where("((CAST(i AS STRING) = s) OR (m <> 100BD))")
OUTPUT_MODE = "append"
