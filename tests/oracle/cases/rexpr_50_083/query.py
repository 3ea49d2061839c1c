from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("rtrim(s) AS c1", "(nullif(n, 100BD) / 7) AS c2", "CAST(id AS STRING) AS c3", "last_day((dt - INTERVAL 2 YEARS)) AS c4").where("(m <> 12.345)")
OUTPUT_MODE = "append"
