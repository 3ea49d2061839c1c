from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "add_months(add_months(dt, i), i) AS c1", "(dayofyear(dt) IS NOT NULL) AS c2", "to_timestamp(s) AS c3")
OUTPUT_MODE = "append"
