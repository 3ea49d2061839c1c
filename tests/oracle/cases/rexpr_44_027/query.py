from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce((-col("d")).isin(lit(100.0), lit(float("nan"))), lit(True))).selectExpr("id", "ts", "(replace(s, 'l', 'LL') LIKE '% %') AS c1", "CASE WHEN b THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END")
OUTPUT_MODE = "append"
