from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, t STRING, ts TIMESTAMP, s STRING, k BIGINT, m DECIMAL(10,2), j INT, dt DATE, f FLOAT").json(INPUT)
result = df.selectExpr("id", "d", "try_element_at(split(nvl2(to_date('2024-02-29'), s, 'o'), '-'), -1)", "(m = j) AS c2", "(- datediff(dt, dt)) AS c3")
OUTPUT_MODE = "append"
