df = spark.readStream.format("json").schema("id INT, j STRING, k STRING").load(INPUT)
df.createOrReplaceTempView("t")
result = spark.sql("SELECT id, x, y FROM t LATERAL VIEW json_tuple(j, 'a', 'b') v AS x, y")
OUTPUT_MODE = "append"
