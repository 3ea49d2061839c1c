spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, t STRING, k BIGINT, s STRING, d DOUBLE, m DECIMAL(7,0), ts TIMESTAMP, i INT, n DECIMAL(5,3)").json(INPUT)
result = df.selectExpr("round(n, -1) AS c1", "((i % nullif(-4, 0)) IS NOT NULL)").where(((F.regexp_like(col("t"), lit("[0-9]+")) | (col("i") < col("m"))) | (col("i") > lit(10))))
OUTPUT_MODE = "append"
