from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "s", "split(s, ' ')[2] AS c1", "lpad(lpad(s, 3, 'é'), 3, 'é') AS c2", "(i - i) AS c3", "(id / nullif(try_divide(0.5D, i), 0)) AS c4")
OUTPUT_MODE = "append"
