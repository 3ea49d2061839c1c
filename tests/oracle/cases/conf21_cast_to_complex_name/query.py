from pyspark.sql import functions as F
from pyspark.sql.functions import expr, col
df = spark.readStream.schema("id INT, s STRING, i INT").json(INPUT)
result = df.selectExpr("id", "flatten(array(array(s), CAST(NULL AS ARRAY<STRING>)))", "CAST(array(i) AS ARRAY<STRING>)", "try_cast(NULL AS MAP<STRING, INT>)", "CAST(named_struct('a', i) AS STRUCT<a: STRING>)", "CAST(NULL AS STRING)", "upper(CAST(array(s) AS ARRAY<STRING>)[0])").withColumn("c", F.concat(F.array(col("i")).cast("array<string>"), F.array(col("s"))))
OUTPUT_MODE = "append"
