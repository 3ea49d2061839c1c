spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, dt DATE, s STRING, j INT, b BOOLEAN, i INT, m DECIMAL(7,0), ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "date_add(dt, i) AS c1", "try_divide(CAST(b AS DOUBLE), j) AS c2", "contains(s, ' ') AS c3").where((col("i") <= lit(5)))
OUTPUT_MODE = "append"
