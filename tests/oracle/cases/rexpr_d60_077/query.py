from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "substr(t, 2, 3) AS c1", "(greatest(m, m, m) - round(m, 2)) AS c2").where("((c1 != '42') OR (c2 IS NULL))")
OUTPUT_MODE = "append"
