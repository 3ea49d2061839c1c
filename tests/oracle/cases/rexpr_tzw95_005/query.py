spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, dt DATE, i INT, n DECIMAL(9,5), m DECIMAL(7,0), f FLOAT, j INT, ts TIMESTAMP, d DOUBLE, s STRING").json(INPUT)
result = df.selectExpr("(n * n) AS c1", "(round(pow(f, 0.5), 3) + f) AS c2").where((lit("a").eqNullSafe(lit(" ")) | col("c1").isNull()))
OUTPUT_MODE = "append"
