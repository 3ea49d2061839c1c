from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "least(100.0D, (f / nullif((id / 3), 0))) AS c1", "((0 * id) - (id % nullif(i, 0))) AS c2")
OUTPUT_MODE = "append"
