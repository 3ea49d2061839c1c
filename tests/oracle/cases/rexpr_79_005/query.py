from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, t STRING, d DOUBLE, i INT, n DECIMAL(20,0), k BIGINT, b BOOLEAN, m DECIMAL(10,2), s STRING, dt DATE").load(INPUT)
result = df.selectExpr("id", "abs(greatest(d, 0.001D)) AS c1", "(i + d)").where("(c1 >= 2.0D)")
OUTPUT_MODE = "append"
