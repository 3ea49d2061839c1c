from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("next_day(date_add(dt, i), 'Mon') AS c1", "(m - (m % 2.5)) AS c2", "(t LIKE '% %')")
OUTPUT_MODE = "append"
