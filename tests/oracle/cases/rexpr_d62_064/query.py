from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, s STRING, ts TIMESTAMP, m DECIMAL(38,10), d DOUBLE, i INT, t STRING").json(INPUT)
result = df.select("t", expr("date_add((to_date('2023-12-31') - INTERVAL -10 DAYS), i) AS c1"), expr("radians(d) AS c2"))
OUTPUT_MODE = "append"
