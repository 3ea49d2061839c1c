df = spark.readStream.format("json").schema("id INT, a INT, b INT").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.expr("stack(3, a, b, id)"), "id")
OUTPUT_MODE = "append"
