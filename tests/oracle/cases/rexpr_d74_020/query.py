from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "ts", "coalesce(n, 12.345) AS c1", "TRY_CAST((d / -4) AS BIGINT) AS c2").where((F.isnan(F.try_multiply(lit(2.0), lit(-1.5))) | col("id").isNull()))
OUTPUT_MODE = "append"
