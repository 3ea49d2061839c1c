from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("t", "if((n = 0.5), 3L, id) AS c1", "(id / i) AS c2", "CAST(date_add(dt, i) AS STRING) AS c3")
OUTPUT_MODE = "append"
