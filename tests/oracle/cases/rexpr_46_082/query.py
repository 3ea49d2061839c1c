from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "d", "octet_length(substring(try_element_at(split(s, '  *'), 1), 2, 1)) AS c1", "(id % nullif(i, 0)) AS c2", "(id * 5) AS c3", "(locate(' ', rpad(s, 0, 'é'), 1) + n) AS c4")
OUTPUT_MODE = "append"
