from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, t STRING, s STRING, ts TIMESTAMP, b BOOLEAN, n DECIMAL(20,0), m DECIMAL(38,10), j INT, i INT").json(INPUT)
result = df.filter(((col("t") != col("s")) | col("dt").isNotNull())).selectExpr("id", "CAST(t AS DATE) AS c1", "(replace(CAST((d = 100.0D) AS STRING), 'l', 'LL') IS NULL) AS c2", "(100BD % 2.5)")
OUTPUT_MODE = "append"
