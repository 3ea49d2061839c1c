from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, n DECIMAL(4,1), b BOOLEAN, dt DATE, ts TIMESTAMP, s STRING, i INT, m DECIMAL(18,6), d DOUBLE").json(INPUT)
result = df.filter("coalesce(isnan(bround(d, 0)), true)").selectExpr("id", "ts", "(d BETWEEN 3.75D AND 3.75D) AS c1", "((i > 7) = false)")
OUTPUT_MODE = "append"
